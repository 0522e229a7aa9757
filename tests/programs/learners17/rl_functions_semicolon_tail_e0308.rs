// Rustlings-style: a function whose last expression ends in `;` returns () and is E0308 at the return type.
fn square(num: i32) -> i32 {
    num * num;
}

fn main() {
    let answer = square(3);
    println!("The square of 3 is {}", answer);
}
// error: E0308 at 2:24
