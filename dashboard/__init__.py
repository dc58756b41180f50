"""The zhifa dashboard: a Streamlit app on the published warehouse (`make dashboard`)."""
