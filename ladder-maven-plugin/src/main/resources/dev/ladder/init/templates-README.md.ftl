# Templates

Empty on purpose: the site uses the Ladder plugin's built-in theme. A file placed here replaces
the theme's file of the same name, for example `partials/branding.ftlh` for the name and logo in
the header, or `assets/style.css` for the stylesheet. The plugin's README lists every theme file
("Changing the look"); copy the one to change from the plugin's sources and edit it here.
