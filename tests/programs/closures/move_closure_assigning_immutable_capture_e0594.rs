// A `move` closure's copy of a variable not declared `mut` cannot be assigned either: E0594 at the assignment.
fn main() {
    let total = 0;
    let mut add = move |x: i32| {
        total += x;
        total
    };
    println!("{}", add(2));
}
// error: E0594 at 5:9
