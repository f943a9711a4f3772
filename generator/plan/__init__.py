"""Stage 5, plan: the story into typed pages (`pages`), one planner module per page kind,
each with its memo key beside it; `site` holds addresses, links and the sections table,
`planner.plan_each` runs them all in order."""
