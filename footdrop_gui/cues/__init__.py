"""Sound and the spoken coach: soft tones and spoken words that follow a session.

The app uses one entry point, footdrop_gui.cues.coach.Coach. script.py (what to play and say,
and when) has no Qt; the Qt parts that need QtMultimedia (tones, speech) are imported only when
the engines start, so a computer without sound still runs the app.
"""
