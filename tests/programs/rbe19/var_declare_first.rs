// Declaring a binding first and initialising it in an inner block; shadowing in and out of scopes.
fn main() {
    let a_binding;
    {
        let x = 2;
        a_binding = x * x;
    }
    println!("a binding: {}", a_binding);
    let another_binding;
    another_binding = 1;
    println!("another binding: {}", another_binding);
    let shadowed_binding = 1;
    {
        println!("before being shadowed: {}", shadowed_binding);
        let shadowed_binding = "abc";
        println!("shadowed in inner block: {}", shadowed_binding);
    }
    println!("outside inner block: {}", shadowed_binding);
    let shadowed_binding = 2;
    println!("shadowed in outer block: {}", shadowed_binding);
}
// expect: a binding: 4
// expect: another binding: 1
// expect: before being shadowed: 1
// expect: shadowed in inner block: abc
// expect: outside inner block: 1
// expect: shadowed in outer block: 2
