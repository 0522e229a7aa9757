// char's classifications use Unicode's properties as std does: é is alphabetic, ٣ and ½ are numeric, U+3000 is whitespace, Σ is uppercase (it counted every non-ASCII char as alphabetic and nothing else).
for c in ['é', '٣', '½', '\u{3000}', 'Σ', 'ß', '日', '\u{85}'] {
    println!("{} {} {} {} {} {} {}", c.is_alphabetic(), c.is_numeric(), c.is_whitespace(), c.is_uppercase(), c.is_lowercase(), c.is_alphanumeric(), c.is_control());
}
// expect: true false false false true true false
// expect: false true false false false true false
// expect: false true false false false true false
// expect: false false true false false false false
// expect: true false false true false true false
// expect: true false false false true true false
// expect: true false false false false true false
// expect: false false true false false false true
