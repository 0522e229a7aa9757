// match parts[0] whose arms return an integer and a &str is a type mismatch (E0308).
fn main() {
    let parts: Vec<&str> = "up 3".split(' ').collect();
    let delta = match parts[0] {
        "up" => -1,
        "down" => 1,
        _ => "none",
    };
    println!("{delta}");
}
// error: E0308 at 7:14
