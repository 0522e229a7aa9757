// to_digit reads a digit in any radix up to 36, letters of either case counting from 10; is_digit asks the same.
println!("{:?} {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16), 'F'.to_digit(16));
println!("{:?} {:?} {}", 'z'.to_digit(36), '9'.to_digit(8), 'g'.is_digit(16));
// expect: Some(7) Some(15) Some(15)
// expect: Some(35) None false
