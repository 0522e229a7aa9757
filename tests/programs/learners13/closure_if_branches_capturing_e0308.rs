// Two capturing closures in the branches of an if have different types: E0308.
fn main() {
    let double = true;
    let k = 2;
    let f = if double { move |x: i32| x * k } else { move |x: i32| x + k };
    println!("{}", f(5));
}
// error: E0308 at 5:54
