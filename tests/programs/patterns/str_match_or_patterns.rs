// Matching a &str against literals joined by `|`, with a catch-all binding for everything else.
fn kind(word: &str) -> String {
    match word {
        "cat" | "dog" | "cow" => String::from("animal"),
        "red" | "blue" => String::from("colour"),
        other => format!("unknown {}", other.len()),
    }
}

fn main() {
    let text = String::from("dog blue tree cat");
    for w in text.split_whitespace() {
        println!("{}", kind(w));
    }
}
// expect: animal
// expect: colour
// expect: unknown 4
// expect: animal
