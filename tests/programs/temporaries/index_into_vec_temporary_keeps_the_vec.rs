// `&vec![7, 8, 9][0]` extends the Vec itself (the indexed operand of an extending borrow), so the element stays readable.
let first = &vec![7, 8, 9][0];
let boxed = &Box::new(3);
let sum = *first + **boxed;
println!("{} {} {}", first, boxed, sum);
// expect: 7 3 10
