// Matching Event::Key(c @ 'a'..='z') but no other Key: E0004 reports the missing chars.
enum Event {
    Key(char),
    Quit,
}

fn main() {
    let e = Event::Key('x');
    match e {
        Event::Key(c @ 'a'..='z') => println!("{}", c),
        Event::Quit => println!("quit"),
    }
}
// error: E0004 at 9:11
