// Adding to a constant with `+=` is E0067, at the operator.
const COUNT: i32 = 1;

fn main() {
    COUNT += 5;
    println!("{}", COUNT);
}
// error: E0067 at 5:11
