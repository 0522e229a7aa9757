// A closure passed to map borrows the variables it uses; the captured factor is read at each call.
let factor = 3;
let offset = String::from("n=");
let labels: Vec<String> = (1..4).map(|n| format!("{}{}", offset, n * factor)).collect();
println!("{:?} {} {}", labels, offset, factor);
// expect: ["n=3", "n=6", "n=9"] n= 3
