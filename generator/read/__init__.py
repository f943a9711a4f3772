"""Stage 1, read: find the story's source files (`find`) and read each one's bytes into front
matter and body, with the line of every field (`source`). Nothing here judges the fields."""
