// `while let Some(w) = words.next()` walks a kept `split_whitespace`, whose CharIndices offset and `start` move past each word and its spaces.
fn main() {
    let text = "  the quick \t brown  fox ";
    let mut words = text.split_whitespace();
    while let Some(w) = words.next() {
        println!("[{}] {:?}", w, words);
    }
    println!("{:?}", words);
}
// expect: [the] SplitWhitespace { inner: Filter { iter: Split(SplitInternal { start: 6, end: 25, matcher: CharPredicateSearcher { haystack: "  the quick \t brown  fox ", char_indices: CharIndices { front_offset: 6, iter: Chars(['q', 'u', 'i', 'c', 'k', ' ', '\t', ' ', 'b', 'r', 'o', 'w', 'n', ' ', ' ', 'f', 'o', 'x', ' ']) } }, allow_trailing_empty: true, finished: false }) } }
// expect: [quick] SplitWhitespace { inner: Filter { iter: Split(SplitInternal { start: 12, end: 25, matcher: CharPredicateSearcher { haystack: "  the quick \t brown  fox ", char_indices: CharIndices { front_offset: 12, iter: Chars(['\t', ' ', 'b', 'r', 'o', 'w', 'n', ' ', ' ', 'f', 'o', 'x', ' ']) } }, allow_trailing_empty: true, finished: false }) } }
// expect: [brown] SplitWhitespace { inner: Filter { iter: Split(SplitInternal { start: 20, end: 25, matcher: CharPredicateSearcher { haystack: "  the quick \t brown  fox ", char_indices: CharIndices { front_offset: 20, iter: Chars([' ', 'f', 'o', 'x', ' ']) } }, allow_trailing_empty: true, finished: false }) } }
// expect: [fox] SplitWhitespace { inner: Filter { iter: Split(SplitInternal { start: 25, end: 25, matcher: CharPredicateSearcher { haystack: "  the quick \t brown  fox ", char_indices: CharIndices { front_offset: 25, iter: Chars([]) } }, allow_trailing_empty: true, finished: false }) } }
// expect: SplitWhitespace { inner: Filter { iter: Split(SplitInternal { start: 25, end: 25, matcher: CharPredicateSearcher { haystack: "  the quick \t brown  fox ", char_indices: CharIndices { front_offset: 25, iter: Chars([]) } }, allow_trailing_empty: true, finished: true }) } }
