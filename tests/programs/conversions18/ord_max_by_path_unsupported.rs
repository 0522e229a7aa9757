// `Ord::max(3, 4)` by the trait's path: a provided method the engine's Ord does not declare, "not supported yet" (never E0782).
fn main() {
    println!("{}", Ord::max(3, 4));
}
// expect: 4
// unsupported: `Ord::max` called by its path is not supported yet at 3:20
