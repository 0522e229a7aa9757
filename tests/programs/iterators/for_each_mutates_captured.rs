// for_each with an FnMut closure that pushes into a Vec it borrows mutably.
let mut seen = Vec::new();
(1..=3).for_each(|x| seen.push(x * 2));
println!("{:?} cap {}", seen, seen.capacity());
// expect: [2, 4, 6] cap 4
