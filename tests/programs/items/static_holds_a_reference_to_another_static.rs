// One static may hold the address of another: both live in the static region for the whole run.
static COUNT: u8 = 7;
static COUNT_REF: &u8 = &COUNT;
static NAMES: [&str; 3] = ["ann", "bob", "cy"];

fn main() {
    println!("{} {}", COUNT, COUNT_REF);
    println!("{}", *COUNT_REF + 1);
    for name in NAMES.iter() {
        println!("{}", name);
    }
    println!("{}", NAMES.len());
}
// expect: 7 7
// expect: 8
// expect: ann
// expect: bob
// expect: cy
// expect: 3
