// Consumers over `flatten` of a grid's rows by reference: max, position, last and count walk the rows in turn.
let grid = vec![vec![3, 8], vec![1], vec![9, 2, 7]];
println!("{:?}", grid.iter().flatten().max());
println!("{:?}", grid.iter().flatten().position(|&x| x == 9));
println!("{:?}", grid.iter().flatten().last());
println!("{}", grid.iter().flatten().count());
// expect: Some(9)
// expect: Some(3)
// expect: Some(7)
// expect: 6
