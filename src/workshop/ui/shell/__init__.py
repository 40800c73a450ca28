"""The app shell: main window, actions, file and export controllers, settings, the view registry."""
