// `lo..=hi` in a pattern is a range between the constants `lo` and `hi`, even lowercase ones, not a binding.
const lo: i32 = 1;
const hi: i32 = 5;

fn main() {
    for x in [0, 3, 9] {
        match x {
            lo..=hi => println!("{} in", x),
            _ => println!("{} out", x),
        }
    }
}
// expect: 0 out
// expect: 3 in
// expect: 9 out
