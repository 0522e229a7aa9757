// A closure that captures a variable cannot become a fn pointer: two closures in if/else branches, one capturing, is E0308 at the else branch.
fn main() {
    let k = 3;
    let double = true;
    let f = if double { |x: i32| x * k } else { |x: i32| x + 1 };
    println!("{}", f(5));
}
// error: E0308 at 5:49
