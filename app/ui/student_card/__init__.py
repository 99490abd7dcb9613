"""The pupil card: one tab per part of the pupil's file."""
