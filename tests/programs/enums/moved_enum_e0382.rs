// An enum holding a String is not Copy: passing it to a function moves it, and a later use is E0382.
#[derive(Debug)]
enum Note {
    Text(String),
    Blank,
}

fn show(n: Note) {
    println!("{:?}", n);
}

fn main() {
    let n = Note::Text(String::from("hi"));
    show(n);
    println!("{:?}", n);
    let _ = Note::Blank;
}
// error: E0382 at 15:22
