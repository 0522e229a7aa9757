// std::ptr::eq of two borrowed literals: rustc promotes both to constants and may keep equal ones once, which the engine does not model.
fn main() {
    let x = &7;
    let y = &7;
    println!("{}", std::ptr::eq(x, y));
}
// expect: true
// unsupported: `std::ptr::eq` of two constants in the static region at 5:20
