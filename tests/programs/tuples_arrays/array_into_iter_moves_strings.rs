// An array's `into_iter()` (edition 2021) yields its Strings by value: each is moved out and dropped in the loop body.
let names = [String::from("ann"), String::from("bob")];
for n in names.into_iter() {
    let upper = n.to_uppercase();
    println!("{}", upper);
}
// expect: ANN
// expect: BOB
