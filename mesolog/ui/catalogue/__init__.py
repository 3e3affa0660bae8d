"""The product catalogue (Settings ▸ Products): products, their lots, their dialogs."""
