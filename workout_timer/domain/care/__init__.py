"""Looking after a back: the check-ins, when to point to a doctor, and a small step up or down."""
