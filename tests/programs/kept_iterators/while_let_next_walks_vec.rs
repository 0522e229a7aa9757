// `while let Some(x) = it.next()` walks a kept iterator one item at a time, as the book's loop does.
let names = vec![String::from("Ada"), String::from("Grace")];
let mut it = names.iter();
while let Some(name) = it.next() {
    println!("{} has {} letters", name, name.len());
}
println!("{:?}", it.next());
// expect: Ada has 3 letters
// expect: Grace has 5 letters
// expect: None
