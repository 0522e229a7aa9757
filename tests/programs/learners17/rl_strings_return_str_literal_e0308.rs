// Rustlings-style: returning a string literal from a function declared `-> String` is E0308.
fn current_favorite_color() -> String {
    "blue"
}

fn main() {
    let answer = current_favorite_color();
    println!("My current favorite color is {}", answer);
}
// error: E0308 at 3:5
