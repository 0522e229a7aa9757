// Elided lifetimes: one input reference's lifetime is given to the output.
fn elided_input(x: &i32) {
    println!("`elided_input`: {}", x);
}

fn elided_pass(x: &i32) -> &i32 {
    x
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let x = 3;
    elided_input(&x);
    println!("`elided_pass`: {}", elided_pass(&x));
    println!("{}", first_word("hello world"));
}
// expect: `elided_input`: 3
// expect: `elided_pass`: 3
// expect: hello
