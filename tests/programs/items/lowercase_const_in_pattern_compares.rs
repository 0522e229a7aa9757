// A lone name in a pattern that names a constant compares with it (`zero` is `const zero`), where any other lowercase name would bind.
const zero: i32 = 0;

fn main() {
    for x in 0..2 {
        match x {
            zero => println!("zero"),
            other => println!("other {}", other),
        }
    }
}
// expect: zero
// expect: other 1
