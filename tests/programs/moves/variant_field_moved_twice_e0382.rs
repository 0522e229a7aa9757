// A struct variant's String field moved out by one `if let` and again by the next: E0382 with no place named, as rustc words a part inside a variant.
enum Msg {
    Text { body: String },
    Quit,
}

fn main() {
    let m = Msg::Text { body: String::from("hi") };
    if let Msg::Text { body } = m {
        println!("{}", body);
    }
    if let Msg::Text { body } = m {
        println!("{}", body);
    }
    let _ = Msg::Quit;
}
// error: E0382 at 12:24
