import Testing

/// Every test that touches ncurses lives under this suite: ncurses is global state, so
/// they run one at a time.
@Suite(.serialized) enum NcursesTests {}
