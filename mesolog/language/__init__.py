"""The language people read: Greek or English.

Chosen once (`choice.choose_language`, from the command line, the environment, this
workstation's stored choice or the system), then every `mesolog.domain.texts.Text` is
rendered by a `render.Renderer` from the compiled catalogue (`.qm`, read without Qt by
`qm_file`, found by `catalogues`). Imports only the standard library, Babel,
platformdirs, the domain and `mesolog.resource_files`, so the command line and the PDFs
translate without Qt.
"""
