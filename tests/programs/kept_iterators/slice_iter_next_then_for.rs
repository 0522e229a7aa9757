// An iterator kept in a variable hands out its first items to `next`, and a `for` loop then takes the rest.
let v = vec![10, 20, 30, 40];
let mut it = v.iter();
println!("{:?}", it.next());
println!("{:?}", it.next());
for x in it {
    println!("{x}");
}
println!("{}", v.len());
// expect: Some(10)
// expect: Some(20)
// expect: 30
// expect: 40
// expect: 4
