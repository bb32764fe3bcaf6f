"""Every side's ground: drawn sides cut by precedence, each government's as the rest (issue 16)."""
