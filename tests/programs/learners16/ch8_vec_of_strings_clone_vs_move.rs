// Cloning a Vec<String> allocates every String again; moving it allocates nothing.
fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let copy = names.clone();
    let moved = names;
    println!("{:?} {:?}", copy, moved);
}
// expect: ["ann", "bo"] ["ann", "bo"]
