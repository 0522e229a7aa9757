// rustc folds string and integer literal arguments into the format string, so the result is allocated exactly.
fn main() {
    let plain = format!("hello");
    let folded = format!("{} {}", 1, 2);
    let text = format!("{}-{}", "ab", "cd");
    let from_var = format!("{}", 'c');
    println!("{} {}", plain, plain.capacity());
    println!("{} {}", folded, folded.capacity());
    println!("{} {}", text, text.capacity());
    println!("{} {}", from_var, from_var.capacity());
}
// expect: hello 5
// expect: 1 2 3
// expect: ab-cd 5
// expect: c 8
