// `Iterator::sum(it)` calls a method std's Iterator provides: "not supported yet" at the path, never E0782 (which told the learner the trait was read as a type).
fn main() {
    let total: i32 = Iterator::sum([1, 2, 3].iter());
    println!("{}", total);
}
// expect: 6
// unsupported: `Iterator::sum` called by its path at 3:22
