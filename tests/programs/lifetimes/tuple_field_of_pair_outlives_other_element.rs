// The first element copied out of a pair of references outlives the variable the second one borrows.
let a = String::from("kept");
let only_a;
{
    let b = String::from("gone");
    let pair = (&a, &b);
    only_a = pair.0;
    println!("{}", pair.1);
}
println!("{}", only_a);
// expect: gone
// expect: kept
