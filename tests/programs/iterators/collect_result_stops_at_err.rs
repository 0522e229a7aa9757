// Collecting Results into Result<Vec<_>, _> stops at the first Err: later items are never parsed, the partial Vec is freed.
let inputs = vec!["1", "2", "x", "4"];
let parsed: Result<Vec<i32>, std::num::ParseIntError> = inputs
    .iter()
    .map(|s| {
        println!("parsing {}", s);
        s.parse::<i32>()
    })
    .collect();
println!("{:?}", parsed);
let good: Result<Vec<i32>, std::num::ParseIntError> = ["7", "8"].iter().map(|s| s.parse::<i32>()).collect();
println!("{:?}", good);
// expect: parsing 1
// expect: parsing 2
// expect: parsing x
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Ok([7, 8])
