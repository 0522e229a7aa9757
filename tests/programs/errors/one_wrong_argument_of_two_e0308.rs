// The twin of two_wrong_arguments_function_e0308: with one argument wrong rustc's E0308 "mismatched types" points at that argument.
fn pair(a: i32, b: char) -> String {
    format!("{}{}", a, b)
}

fn main() {
    println!("{}", pair('a', 'b'));
}
// error: E0308 at 7:25
