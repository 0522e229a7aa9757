// The else block of `let ... else` must not finish normally: one that ends with a value is E0308.
fn main() {
    let text = "4";
    let Ok(n) = text.parse::<i32>() else {
        0
    };
    println!("{n}");
}
// error: E0308 at 4:42
