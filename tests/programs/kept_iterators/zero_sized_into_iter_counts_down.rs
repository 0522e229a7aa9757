// A vec::IntoIter of a zero-sized type holds no pointer to walk: it counts what is left, and `next` still yields each item.
let units = vec![(), (), ()];
let mut it = units.into_iter();
println!("{:?}", it.next());
println!("{}", it.count());
// expect: Some(())
// expect: 2
