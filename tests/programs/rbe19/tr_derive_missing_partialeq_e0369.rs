// Comparing two values of a struct that does not derive PartialEq is E0369.
struct Seconds(i32);

fn main() {
    let a = Seconds(1);
    let b = Seconds(1);
    let _same = a == b;
}
// error: E0369 at 7:19
