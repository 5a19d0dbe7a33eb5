# Runs `salgsdesk-bench generate` on a tiny dataset and `run` on it, and checks that the JSON
# has every key issue 9 names. Called by CTest: cmake -DBENCH=… -DWORK=… -P smoke.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(FILE "${WORK}/smoke.sdk")

execute_process(COMMAND "${BENCH}" generate --preset small --count 300 --seed 7 --out "${FILE}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "generate failed (${rc}): ${err}")
endif()
if(NOT EXISTS "${FILE}.bench.json")
    message(FATAL_ERROR "generate wrote no sidecar ${FILE}.bench.json")
endif()

file(SHA256 "${FILE}" before)
execute_process(COMMAND "${BENCH}" run --file "${FILE}" --bookings 20
    RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run failed (${rc}): ${err}")
endif()
file(SHA256 "${FILE}" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "run changed its input file")
endif()

foreach(key documents first_page_ms filter_ms search_ms sort_ms open_200_line_doc_ms
        book_median_ms book_p99_ms book_250_lines_ms book_500_lines_ms book_1000_lines_ms
        pdf_20_lines_ms pdf_300_lines_ms ehf_export_ms peak_rss_mb generate_docs_per_s
        raw_insert_rows_per_s insert_ratio raw_list_query_ms list_ratio)
    string(JSON value ERROR_VARIABLE jerr GET "${json}" ${key})
    if(jerr)
        message(FATAL_ERROR "key ${key} missing: ${jerr}\n${json}")
    endif()
endforeach()
string(JSON docs GET "${json}" documents)
if(docs LESS 300)
    message(FATAL_ERROR "expected at least 300 documents, got ${docs}")
endif()
file(REMOVE_RECURSE "${WORK}")
