// Regression (difftest): a temporary of a block's tail expression lives to the end of the enclosing statement, freed after the block's own variables (the engine read it after the block's stack was released and stopped).
let o: Option<String> = Some(String::from("kept"));
let n = { let local = String::from("local"); o.clone().unwrap_or(String::from("default")).len() + local.len() };
println!("{}", n);
let m = { o.clone().unwrap() };
println!("{} {:?}", m, o);
// expect: 9
// expect: kept Some("kept")
