// `{:#?}` of a kept Chars writes its list between `Chars(` and `)`, as std's Debug does, inside a derived struct's pretty form.
let mut cs = "ab".chars();
cs.next();
println!("{:#?}", cs);
println!("{:#?}", "xy".char_indices());
// expect: Chars([
// expect:     'b',
// expect: ])
// expect: CharIndices {
// expect:     front_offset: 0,
// expect:     iter: Chars([
// expect:         'x',
// expect:         'y',
// expect:     ]),
// expect: }
