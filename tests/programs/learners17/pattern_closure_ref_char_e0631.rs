// A closure Pattern taking `&char` is E0631 at the method: std's Pattern is for FnMut(char) -> bool.
fn main() {
    let s = "a,b";
    let parts: Vec<&str> = s.split(|c: &char| *c == ',').collect();
    println!("{:?}", parts);
}
// error: E0631 at 4:30
