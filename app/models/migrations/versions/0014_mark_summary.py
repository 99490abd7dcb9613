"""Each marks import summed up per pupil (`mark_summary`: marks, failing marks, the sum and
count of the numeric ones, the failing subjects with their counts as JSON), written with the
import from now on, so screening reads one row a pupil instead of every mark. Imports stored
before are summed here from their `mark_figure` rows (the same sums the program makes).

Revision ID: 0014_mark_summary
Revises: 0013_retention
Create Date: 2026-12-05 00:20:00

"""
import json
from collections import Counter, defaultdict
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0014_mark_summary'
down_revision: Union[str, Sequence[str], None] = '0013_retention'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _backfill() -> None:
    bind = op.get_bind()
    figures = sa.table('mark_figure', sa.column('import_id', sa.Uuid()),
                       sa.column('student_id', sa.Uuid()), sa.column('subject', sa.String()),
                       sa.column('mark', sa.Integer()), sa.column('failing', sa.Boolean()))
    summary = sa.table('mark_summary', sa.column('import_id', sa.Uuid()),
                       sa.column('student_id', sa.Uuid()), sa.column('marks', sa.Integer()),
                       sa.column('failing', sa.Integer()), sa.column('numeric_sum', sa.Integer()),
                       sa.column('numeric_count', sa.Integer()),
                       sa.column('failing_subjects', sa.Text()))
    sums: dict[tuple[object, object], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    subjects: dict[tuple[object, object], Counter[str]] = defaultdict(Counter)
    for iid, sid, subject, mark, failing in bind.execute(sa.select(
            figures.c.import_id, figures.c.student_id, figures.c.subject, figures.c.mark,
            figures.c.failing)):
        row = sums[(iid, sid)]
        row[0] += 1
        if failing:
            row[1] += 1
            subjects[(iid, sid)][subject] += 1
        if mark is not None:
            row[2] += mark
            row[3] += 1
    if sums:
        bind.execute(sa.insert(summary), [
            {"import_id": iid, "student_id": sid, "marks": n, "failing": f, "numeric_sum": t,
             "numeric_count": c,
             "failing_subjects": json.dumps(sorted(subjects[(iid, sid)].items()),
                                            ensure_ascii=False)}
            for (iid, sid), (n, f, t, c) in sums.items()])


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('mark_summary',
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('marks', sa.Integer(), nullable=False),
    sa.Column('failing', sa.Integer(), nullable=False),
    sa.Column('numeric_sum', sa.Integer(), nullable=False),
    sa.Column('numeric_count', sa.Integer(), nullable=False),
    sa.Column('failing_subjects', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['indicator_import.id'],
                            name=op.f('fk_mark_summary_import_id_indicator_import')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'],
                            name=op.f('fk_mark_summary_student_id_student')),
    sa.PrimaryKeyConstraint('import_id', 'student_id', name=op.f('pk_mark_summary'))
    )
    with op.batch_alter_table('mark_summary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mark_summary_student_id'), ['student_id'],
                              unique=False)
    _backfill()


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('mark_summary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mark_summary_student_id'))
    op.drop_table('mark_summary')
